"""Pipeline steps: each takes a Document and the Lexicon and adds annotations to the document."""
