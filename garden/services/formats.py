"""The file formats the garden reads and writes (kept apart so the command line can list
them without importing the readers and writers)."""

IMPORT_FORMATS = ("vcard", "csv", "json")
EXPORT_FORMATS = ("json", "csv", "vcf", "ics")
