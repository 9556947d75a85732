from ..types import OpenStrEnum


class CustomFieldType(OpenStrEnum):
    ATTACHMENT = "Attachment"
    BLOB = "Blob"
    CHECKBOX = "Checkbox"
    DATE = "Date"
    DATE_TIME = "DateTime"
    DECIMAL = "Decimal"
    DYNAMIC_LINK = "DynamicLink"
    INTEGER = "Integer"
    LIST_TEXT = "ListText"
    LONG_TEXT = "LongText"
    MDO_LIST = "MdoList"
    RELATION_TO = "RelationTo"
    SHORT_TEXT = "ShortText"
    TIME = "Time"
    TIME_SPAN = "TimeSpan"
    UNKNOWN = "Unknown"
    DATETIME = DATE_TIME  # the generator's name, kept as an alias
    DYNAMICLINK = DYNAMIC_LINK  # the generator's name, kept as an alias
    LISTTEXT = LIST_TEXT  # the generator's name, kept as an alias
    LONGTEXT = LONG_TEXT  # the generator's name, kept as an alias
    MDOLIST = MDO_LIST  # the generator's name, kept as an alias
    RELATIONTO = RELATION_TO  # the generator's name, kept as an alias
    SHORTTEXT = SHORT_TEXT  # the generator's name, kept as an alias
    TIMESPAN = TIME_SPAN  # the generator's name, kept as an alias
