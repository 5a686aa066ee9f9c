"""build_digest: turn raw news articles into an annotated digest website."""

__version__ = "0.1.0"
