from enum import StrEnum


class CustomFieldType(StrEnum):
    ATTACHMENT = "Attachment"
    BLOB = "Blob"
    CHECKBOX = "Checkbox"
    DATE = "Date"
    DATETIME = "DateTime"
    DECIMAL = "Decimal"
    DYNAMICLINK = "DynamicLink"
    INTEGER = "Integer"
    LISTTEXT = "ListText"
    LONGTEXT = "LongText"
    MDOLIST = "MdoList"
    RELATIONTO = "RelationTo"
    SHORTTEXT = "ShortText"
    TIME = "Time"
    TIMESPAN = "TimeSpan"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
