# One page, built in English and in French: the test gives the French build its language and
# its data file (sphinx-build -D language=fr -D awards_data=data/awards.fr.yaml).
extensions = ["sphinx_awards"]
awards_data = ["data/awards.en.yaml"]
exclude_patterns = ["_build"]
project = "Translated awards"
