// The shims are static inline functions in include/CReviewShims.h; SwiftPM needs one source file.
#include "CReviewShims.h"
