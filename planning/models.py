"""Kijkwijzer questionnaires and school plans.

The models arrive with the kijkwijzer and school plan issues; until then
this app serves the pages that explain both.
"""
