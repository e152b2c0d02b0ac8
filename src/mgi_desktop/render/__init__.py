"""Files drawn by Qt's painter: the profile as PDF and the wheel as an image.

A layer of its own between the exports and the front ends.  The core
(`questionnaire`, `storage`, `services`, `export`, `exchange`) never imports
Qt; this package imports QtGui and QtSvg (no widgets), and both the command
line and the window reach the profile's every format through `profile_files`.
"""
