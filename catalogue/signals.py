"""Re-index a course whenever anything it is found or counted by changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .index import schedule
from .models import (
    Course,
    CourseCriterion,
    EducationLevel,
    ProgrammeItem,
    Session,
    Theme,
    Trainer,
)


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
    for course_id in courses.values_list("pk", flat=True):
        schedule(course_id)


@receiver(post_save, sender=Trainer)
def trainer_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        for course_id in instance.courses.values_list("pk", flat=True):
            schedule(course_id)


@receiver(post_save, sender="providers.Provider")
def provider_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        for course_id in instance.courses.values_list("pk", flat=True):
            schedule(course_id)
