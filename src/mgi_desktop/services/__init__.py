"""Use cases of the app, called by the window, the command line and the exchange code.

Each function takes the open `Database` first, runs one short transaction,
checks the rules (answer types, roles, states) and returns what it changed.
No Qt here.
"""
