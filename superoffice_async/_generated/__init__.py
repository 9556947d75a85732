"""A client library for accessing SuperOffice WebAPI - User"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
