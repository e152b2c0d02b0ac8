"""Who signed what: each user's key pair, public key files, and fingerprints.

Pure cryptography and files, below the storage layer: the database keeps
which keys it knows and trusts (`mgi_desktop.services.keys`), and which keys
are an assessment's parties (`mgi_desktop.services.parties`).
"""
