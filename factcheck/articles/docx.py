"""Text and metadata from an uploaded Word (.docx) file, with python-docx.

The archive is measured before python-docx reads it (zip and XML bombs): its members' total
uncompressed size, their number, and, in one streaming pass, the XML elements they hold.
"""
import io
import zipfile

import docx
from lxml import etree

MAIN_PART = "word/document.xml"
# All members together may unpack to this many times the text limit, plus what every Word file
# carries whatever its length (styles, theme, fonts, numbering, pictures).
MAX_EXPANSION = 50
BASE_BYTES = 10_000_000
# XML elements per byte of the text limit, plus the base: far more than heavy formatting needs.
ELEMENTS_PER_TEXT_BYTE = 0.5
BASE_ELEMENTS = 100_000
MAX_MEMBERS = 1000
UNREADABLE = "The file is not a readable .docx document."


class UnreadableDocument(ValueError):
    pass


def docx_to_article(data: bytes, max_text_bytes: int) -> tuple[str, dict]:
    """One paragraph per non-empty Word paragraph, and the title/author/date the file carries."""
    check_archive(data, max_text_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a damaged file
        raise UnreadableDocument(UNREADABLE) from error
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    properties = document.core_properties
    meta = {"title": properties.title or None, "author": properties.author or None,
            "published_on": properties.created.date() if properties.created else None}
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else ""), meta


def check_archive(data: bytes, max_text_bytes: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if MAIN_PART not in archive.namelist():
                raise UnreadableDocument(UNREADABLE)
            check_sizes(members, max_text_bytes)
            check_elements(archive, members, BASE_ELEMENTS + int(max_text_bytes * ELEMENTS_PER_TEXT_BYTE))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, OSError, EOFError) as error:
        raise UnreadableDocument(UNREADABLE) from error


def check_sizes(members: list[zipfile.ZipInfo], max_text_bytes: int) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnreadableDocument(f"The document holds more than {MAX_MEMBERS:,} parts; it is refused unread.")
    if sum(member.file_size for member in members) > BASE_BYTES + MAX_EXPANSION * max_text_bytes:
        raise UnreadableDocument("The document is far larger than the article size limit.")


def check_elements(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], budget: int) -> None:
    """Count the XML elements of every part as they stream past, stopping once over `budget`."""
    for member in members:
        if not member.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(member) as stream:
            for _, element in etree.iterparse(stream, events=("end",), resolve_entities=False,
                                              no_network=True, load_dtd=False):
                element.clear()
                while element.getprevious() is not None:  # keep the tree empty as it streams
                    del element.getparent()[0]
                budget -= 1
                if budget < 0:
                    raise UnreadableDocument("The document holds far more markup than an article; "
                                             "it is refused unread.")
