"""The evidence-pack and letter PDFs (reportlab, pypdf). No Qt."""
