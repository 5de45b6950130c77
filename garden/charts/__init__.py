"""Growth charts: matplotlib `Figure` builders shared by the window and by exports.

Nothing here imports pyplot or a Qt backend. The window wraps a chart's `figure` in a
`FigureCanvasQTAgg`; exports and the command line draw it with Agg or SVG:

* `person.person_chart(model, person_id, interactions, as_of=, span=, look=, title=)`
  gives a `PersonChart`; on a mouse move, `chart.moments_at(event.x, event.y)` lists the
  moments under the pointer and `person.describe_moment(item)` words a tooltip for each.
* `garden_overview.garden_overview_chart(model, interactions, year, as_of=, look=)` gives
  a `GardenOverviewChart` with the numbers it drew (`garden_year.GardenYear`).
* `look.ChartLook(palette, font_family, font_size)` carries light or dark and the
  window's font; colours are set when a chart is built, so a theme change rebuilds it.
* `export.save_figure(figure, path)` writes .png or .svg in one step, deterministically.

Importing this package does not import matplotlib (the command line must start fast):
`ranges` and `garden_year` are plain Python; the other modules import matplotlib.
"""
