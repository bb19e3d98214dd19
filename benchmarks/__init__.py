"""Build-speed benchmark: our directives against handwritten cards and datatemplates."""
