"""Rendering: pure functions from annotated documents to Markdown pages."""
