"""Text and metadata from an uploaded Word (.docx) file, with python-docx."""
import io
import zipfile

import docx

MAIN_PART = "word/document.xml"
MAX_EXPANSION = 50  # an XML part this many times the text limit is refused unread (zip bombs)


class UnreadableDocument(ValueError):
    pass


def docx_to_article(data: bytes, max_text_bytes: int) -> tuple[str, dict]:
    """One paragraph per non-empty Word paragraph, and the title/author/date the file carries."""
    check_archive(data, max_text_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a damaged file
        raise UnreadableDocument("The file is not a readable .docx document.") from error
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    properties = document.core_properties
    meta = {"title": properties.title or None, "author": properties.author or None,
            "published_on": properties.created.date() if properties.created else None}
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else ""), meta


def check_archive(data: bytes, max_text_bytes: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = archive.getinfo(MAIN_PART).file_size
    except (zipfile.BadZipFile, KeyError) as error:
        raise UnreadableDocument("The file is not a readable .docx document.") from error
    if size > MAX_EXPANSION * max_text_bytes:
        raise UnreadableDocument("The document is far larger than the article size limit.")
