"""PDF reports through WeasyPrint, which needs the Pango system libraries."""
from functools import cache


@cache
def pdf_unavailable_reason() -> str | None:
    """None when PDFs can be made; otherwise what is missing, in words for the user."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        return ("PDF export needs WeasyPrint and the Pango libraries (on Debian: "
                f"apt-get install libpango-1.0-0 libpangoft2-1.0-0). Here: {error}")
    return None


def html_to_pdf(html: str) -> bytes:
    """The report's HTML carries its CSS inline; nothing is fetched from the network."""
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=refuse_fetch).write_pdf()


def refuse_fetch(url: str, *args, **kwargs):
    raise ValueError(f"reports do not load external resources ({url})")
