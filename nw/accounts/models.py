from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        # Addresses are stored lower-case, so sign-in ignores case.
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person signing in with an email address: teacher, school leader,
    provider staff or site editor. What they may do comes from memberships."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    # Accounts made by editors (in the admin) and provider staff are known;
    # a teacher who signs up confirms their address by mail first.
    email_confirmed = models.BooleanField(_("email address confirmed"), default=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def can_save(self) -> bool:
        """Whether this account may keep kijkwijzers and plans: not before
        its address is confirmed."""
        return self.is_authenticated and self.is_active and self.email_confirmed
