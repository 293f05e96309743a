// The translations library carries only the embedded .qm resources; this file gives it an object to link.
namespace hc::resources {
int translationsAnchor()
{
    return 0;
}
} // namespace hc::resources
