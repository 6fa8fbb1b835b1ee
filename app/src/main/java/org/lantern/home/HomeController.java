package org.lantern.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: a tile for each part of Lantern the user may use (from the navigation model). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
