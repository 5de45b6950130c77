"""Growth charts: matplotlib `Figure` builders shared by the window and by exports.

Nothing here imports pyplot or a Qt backend. The window wraps the figures in a
`FigureCanvasQTAgg`; exports and the command line draw them with Agg or SVG.

Importing this package does not import matplotlib (the command line must start fast):

* `garden.charts.ranges` and `garden.charts.garden_year` are plain Python;
* `garden.charts.look`, `.person`, `.garden_overview` and `.export` import matplotlib.
"""
