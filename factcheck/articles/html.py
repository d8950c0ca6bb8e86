"""Text and metadata from an uploaded HTML page, with the standard library's parser."""
from html.parser import HTMLParser

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "tr",
          "article", "section", "header", "footer", "figcaption", "pre"}
SKIPPED = {"script", "style", "noscript", "nav", "template", "svg", "head"}
META_FIELDS = {
    "author": "author", "article:author": "author",
    "og:site_name": "outlet", "article:published_time": "published",
    "date": "published", "og:title": "title",
}


class ArticleHTMLParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "title":
            self.in_title = True
        if tag in SKIPPED:
            self.skip_depth += 1
        elif tag in BLOCKS:
            self._end_block()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCKS:
            self._end_block()

    def handle_data(self, data):
        if self.in_title:
            self.meta.setdefault("title", data.strip())
        elif not self.skip_depth:
            self.current.append(data)

    def _read_meta(self, attributes: dict) -> None:
        key = (attributes.get("name") or attributes.get("property") or "").lower()
        if key in META_FIELDS and attributes.get("content"):
            self.meta.setdefault(META_FIELDS[key], attributes["content"].strip())

    def _end_block(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def text(self) -> str:
        self._end_block()
        return "\n\n".join(self.blocks) + ("\n" if self.blocks else "")


def html_to_article(markup: str) -> tuple[str, dict[str, str]]:
    """The readable text, one paragraph per block, and the page's metadata fields."""
    parser = ArticleHTMLParser()
    parser.feed(markup)
    parser.close()
    return parser.text(), parser.meta
