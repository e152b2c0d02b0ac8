"""Offline exchange of assessments as ``.mgi`` files: format, reading, writing, merging, importing."""
