# A site of Jupyter notebooks read by MyST-NB, without running them.
extensions = ["myst_nb", "sphinx_awards"]
nb_execution_mode = "off"
awards_data = ["data/awards.yaml"]
exclude_patterns = ["_build", "jupyter_execute"]
project = "Notebooks"
