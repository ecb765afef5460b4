"""The doctor-visit report: one QTextDocument for Print, Print Preview and Save as PDF.

`document.build_report` builds it, `pdf.paint_document` paints it page by page with the
footer onto any paged device (a PDF writer or a printer), `pdf.write_pdf` saves a PDF.
"""
