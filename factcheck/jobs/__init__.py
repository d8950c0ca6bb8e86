"""Long work off the request: Huey tasks for extraction and bulk import, and the worker that runs them."""
