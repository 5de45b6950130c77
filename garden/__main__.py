"""`python -m garden`: the command line without the window."""

import sys

from garden.cli import main

sys.exit(main())
