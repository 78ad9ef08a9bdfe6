"""The planning app's models: the kijkwijzer (a versioned questionnaire and
teachers' answers) and the school plan (schools, their people and means,
and the yearly professionalisation plan with its approval)."""

from .kijkwijzer import (  # noqa: F401
    KIJKWIJZER,
    LEARNING_QUESTION,
    Choice,
    CourseReflection,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    Section,
    new_share_token,
    school_year_start,
)
from .schools import (  # noqa: F401
    Activity,
    Comment,
    Decision,
    Invitation,
    KijkwijzerShare,
    Means,
    Membership,
    Plan,
    PlanEvent,
    Priority,
    School,
    SchoolYear,
)
