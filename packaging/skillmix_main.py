"""Entry script for the bundled app (same as the `skillmix` console script)."""

import sys

from ui.launcher import main

sys.exit(main())
