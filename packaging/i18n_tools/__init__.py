"""The pieces of packaging/translations.py: Qt Linguist files (ts), what the code asks to translate
(extract, uicalls, rules), and the checks that keep the catalogues complete (checks)."""
