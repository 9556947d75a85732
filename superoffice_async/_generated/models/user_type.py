from ..types import OpenStrEnum


class UserType(OpenStrEnum):
    """Type of user (or resource). Unknown = 0, InternalAssociate = 1 (employee),
    ResourceAssociate = 2 (meeting room, projector...), ExternalAssociate = 3,
    AnonymousAssociate = 4, SystemAssociate = 5 (integrations or administration)."""

    ANONYMOUS_ASSOCIATE = "AnonymousAssociate"
    EXTERNAL_ASSOCIATE = "ExternalAssociate"
    INTERNAL_ASSOCIATE = "InternalAssociate"
    RESOURCE_ASSOCIATE = "ResourceAssociate"
    SYSTEM_ASSOCIATE = "SystemAssociate"
    UNKNOWN = "Unknown"
    ANONYMOUSASSOCIATE = ANONYMOUS_ASSOCIATE  # the generator's name, kept as an alias
    EXTERNALASSOCIATE = EXTERNAL_ASSOCIATE  # the generator's name, kept as an alias
    INTERNALASSOCIATE = INTERNAL_ASSOCIATE  # the generator's name, kept as an alias
    RESOURCEASSOCIATE = RESOURCE_ASSOCIATE  # the generator's name, kept as an alias
    SYSTEMASSOCIATE = SYSTEM_ASSOCIATE  # the generator's name, kept as an alias
