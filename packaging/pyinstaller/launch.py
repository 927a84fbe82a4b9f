"""The frozen program's entry point: the same as the 'orgexplorer' command."""

import sys

from orgexplorer.cli import main

sys.exit(main())
