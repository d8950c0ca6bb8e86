"""The speaker registry: who says things, across articles, kept apart unless a name proves otherwise."""
