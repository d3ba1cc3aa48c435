using Flywheel.Core.Inventory;
using Flywheel.Core.Scanning;
using Flywheel.TestKit;

namespace Flywheel.Store.Tests;

public class ScanRecordTests
{
    [Fact]
    public void From_Inventory_TakesScopesAndEveryResource()
    {
        var db = Some.Instance("db-1");
        var inventory = new InventoryBuilder().With(db).Missing(Dataset.KmsKeys).Build();
        var evaluation = new EvaluationResult(Some.Now, ["rds-instance-storage-encrypted"], [], inventory.Gaps);

        var record = ScanRecord.From("export:/tmp/export", Some.Now.AddMinutes(-2), inventory, evaluation);

        record.Source.ShouldBe("export:/tmp/export");
        record.Scopes.ShouldBe([new InventoryScope(Some.Account, Some.Region)]);
        record.Resources.Select(r => r.Arn).ShouldBe([db.Arn, AccountRegion.Create(Some.Account, Some.Region).Arn], ignoreOrder: true);
        record.Errors.ShouldBeEmpty();
    }
}
