"""The PCN view: a window on one PCN plan (a .skillmix-pcn file or a database location)."""
