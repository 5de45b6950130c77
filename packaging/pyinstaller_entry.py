"""The bundle's entry point: the same `garden` command as the wheel's console script."""

import sys

from ui.launch import main

sys.exit(main())
