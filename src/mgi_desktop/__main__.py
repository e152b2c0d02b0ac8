"""``python -m mgi_desktop``: the same as the ``mgi-desktop`` command."""

import sys

from mgi_desktop.cli import main

sys.exit(main())
