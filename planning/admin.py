# Questionnaire and plan admin arrive with their models.
