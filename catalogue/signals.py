"""Re-index a course whenever anything it is found or counted by changes."""

from functools import partial

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

from .index import schedule
from .models import (
    CatalogueVersion,
    Course,
    CourseCriterion,
    ProgrammeItem,
    Session,
    Trainer,
)
from .tasks import reindex_courses

# Above this many courses a change is re-indexed by a background task rather
# than inside the request that made it.
IN_REQUEST_LIMIT = 50


def schedule_many(course_ids) -> None:
    course_ids = list(course_ids)
    if len(course_ids) <= IN_REQUEST_LIMIT:
        for course_id in course_ids:
            schedule(course_id)
    else:
        # After the commit, so the worker sees the change it re-indexes.
        transaction.on_commit(partial(reindex_courses.enqueue, course_ids))


@receiver(post_save, sender=Course)
def course_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule(instance.pk)


@receiver(post_save, sender=Session)
@receiver(post_delete, sender=Session)
@receiver(post_save, sender=ProgrammeItem)
@receiver(post_delete, sender=ProgrammeItem)
@receiver(post_save, sender=CourseCriterion)
@receiver(post_delete, sender=CourseCriterion)
def course_part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule(instance.course_id)


@receiver(m2m_changed, sender=Course.education_levels.through)
@receiver(m2m_changed, sender=Course.themes.through)
@receiver(m2m_changed, sender=Course.roles.through)
@receiver(m2m_changed, sender=Course.methods.through)
@receiver(m2m_changed, sender=Course.trainers.through)
def course_terms_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        # Changed from the term's side (theme.course_set.add(...)).
        for course_id in pk_set or []:
            schedule(course_id)
    else:
        schedule(instance.pk)


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=EducationLevel)
def tree_term_saved(sender, instance, created, raw=False, **kwargs):
    # A moved or renamed term changes the ancestor keys and search text of
    # every course below it.
    if raw or created:
        return
    tree = sender.tree()
    below = {instance.pk}
    for node, _depth in tree.flatten():
        if node.parent_id in below:
            below.add(node.pk)
    field = "themes" if sender is Theme else "education_levels"
    courses = Course.objects.filter(**{f"{field}__in": below}).distinct()
    schedule_many(courses.values_list("pk", flat=True))


@receiver(post_save, sender=Trainer)
def trainer_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        schedule_many(instance.courses.values_list("pk", flat=True))


@receiver(pre_delete, sender=Trainer)
@receiver(pre_delete, sender=Theme)
@receiver(pre_delete, sender=EducationLevel)
@receiver(pre_delete, sender=TargetRole)
@receiver(pre_delete, sender=Method)
def term_deleted(sender, instance, **kwargs):
    # The cascade removes the links to courses without an m2m_changed signal,
    # so find the courses now; they are re-indexed when the delete commits.
    courses = instance.courses if sender is Trainer else instance.course_set
    schedule_many(courses.values_list("pk", flat=True))


@receiver(post_save, sender="providers.Provider")
def provider_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        schedule_many(instance.courses.values_list("pk", flat=True))


def vocabulary_changed(sender, raw=False, **kwargs):
    if not raw:
        CatalogueVersion.bump()


# The filter options change even where no course does (a new theme, a
# provider switched off): cached catalogue pieces must be rebuilt.
for _model in (
    Theme,
    EducationLevel,
    TargetRole,
    Method,
    Province,
    Criterion,
    "providers.Provider",
):
    post_save.connect(vocabulary_changed, sender=_model)
    post_delete.connect(vocabulary_changed, sender=_model)
