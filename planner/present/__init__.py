"""How figures and things are put into words, once, for every surface (app, pack, workbook,
command line): the formatters, the names a practice manager reads instead of codes, and a
scenario's outcome in words. Qt-free; the engine computes, this says."""
