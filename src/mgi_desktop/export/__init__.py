"""What IOM publishes and consolidates: the profile report (HTML, DOCX; PDF
through ui.export.pdf), the Excel summary of one assessment, and the
consolidated workbook of many.  Every writer works from `dataset.AssessmentDataset`,
a plain snapshot of one assessment, so an exchange package can feed them as a
database does.  No Qt here.
"""
