"""The bundled executable's entry point: the same as the ``mgi-desktop`` command."""

import sys

from mgi_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
