#pragma once
// Shows the busy cursor for the lifetime of the object (short work that must stay on the GUI thread).

namespace hc::gui {

class BusyCursor final
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace hc::gui
