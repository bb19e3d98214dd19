extensions = ["sphinx_awards"]
