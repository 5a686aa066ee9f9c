"""``python -m build_digest``."""

import sys

from .cli import main

sys.exit(main())
