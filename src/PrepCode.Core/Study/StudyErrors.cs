namespace PrepCode.Core.Study;

/// <summary>No item with that id in the index.</summary>
public sealed class UnknownItemException(string id)
    : Exception($"No study item '{id}' in this workspace. It may have been renamed or deleted; reindex and try again.")
{
    public string ItemId { get; } = id;
}

/// <summary>A request whose arguments cannot be used, said in words.</summary>
public sealed class InvalidStudyArgumentException(string message) : Exception(message);
