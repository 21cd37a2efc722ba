"""Reviewing: the one service over the store for people (``service.py``) and the views it hands out (``views.py``)."""

from workbench.reviewing.service import ClaimIdError, ReviewingError, ReviewingService, agreement_of

__all__ = ["ClaimIdError", "ReviewingError", "ReviewingService", "agreement_of"]
