"""Related statements: the same statement across outlets, and statements that belong together."""
