# A site of Jupyter notebooks read by MyST-NB, without running them.
extensions = ["myst_nb", "sphinx_awards"]
nb_execution_mode = "off"
awards_data = ["data/awards.yaml"]
exclude_patterns = ["_build", "jupyter_execute"]
project = "Notebooks"
# A dictionary of this project's own: MyST-NB adds to the one it finds, and Sphinx's default
# is shared by every project later built in the same process.
source_suffix = {".rst": "restructuredtext"}
